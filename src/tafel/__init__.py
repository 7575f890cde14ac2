"""tafel: case files for young people of 16 to 27 and their households."""

__version__ = "0.1.0"
