"""The toekomstplan screens: editor, signing, comparing and printing."""
