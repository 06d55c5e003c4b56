"""lkjip: audit Indonesian government performance reports (LKjIP) for numbers that do not add up."""

__version__ = "0.1.0"
