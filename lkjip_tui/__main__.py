from lkjip_tui.entry import main

main()
