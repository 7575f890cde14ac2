"""tafel's brand colour, for the screen, its icons and the printed plan alike.

Qt-free, so the render layer can use it as well as the interface. The app icon
(``resources/icons/tafel.svg``) is a drawing and carries the same value in its own file.
"""

from __future__ import annotations

#: The teal of tafel: buttons, focus, icons, the professional's line in the Big 5 picture
#: and the accent of the printed plan.
BRAND = "#1f6f78"
