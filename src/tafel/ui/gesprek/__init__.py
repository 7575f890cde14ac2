"""The keukentafelgesprek and the snelle check: the conversation's screens."""
