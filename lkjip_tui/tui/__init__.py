"""The Textual interface. Everything here may import textual; nothing outside may."""
