"""Qt-free rendering: pictures and, later, the PDF.

A picture is a list of simple vector primitives (:mod:`tafel.render.picture`). The interface
draws them with a QPainter (``tafel.ui.widgets.picture_view``); a PDF backend can draw the
very same primitives, so the screen and the paper show the same picture.
"""
