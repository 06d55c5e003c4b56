from lkjip_tui.cli import main

main()
