"""The wall's look: large type and high contrast, read from the back of a room.

Dark text on white, tafel's teal for structure, a deep teal rail for the agenda. Every size
is given for a 1920x1080 picture and scaled to the window (1280x720 and 1366x768 beamers
too), as pixels, not points: a projector's picture has no physical size worth asking about.
The window's own style sheet wins over the application's, so these sizes hold inside it.
"""

from __future__ import annotations

from tafel.brand import BRAND

#: The design size of the picture.
DESIGN_WIDTH, DESIGN_HEIGHT = 1920, 1080

INK = "#10292c"  # body text: near black with a little teal, 15:1 on white
DEEP = "#14393d"  # the rail, headings
SOFT_INK = "#3d4b52"  # questions and notes, still 9:1 on white
RAIL_TEXT = "#d3e5e7"
RAIL_DONE = "#8fb5b9"
PANEL = "#eef5f5"
LINE = "#dbe4e5"
AMBER = "#d9a441"  # past the time box: soft, never an alarm
CURTAIN = "#0c1c1f"
CURTAIN_MARK = "#2b4a4f"

#: Widths and spaces at the design size.
RAIL_WIDTH = 400
SIDE_WIDTH = 480


def px(value: float, scale: float) -> int:
    """A design-size pixel value at this scale (never below 1)."""
    return max(1, round(value * scale))


def wand_sheet(scale: float) -> str:
    """The window's style sheet at ``scale`` (1.0 is 1920x1080)."""

    def s(value: float) -> int:
        return px(value, scale)

    return f"""
QWidget#Wand, QWidget#wandMain, QWidget#wandWaiting {{ background: white; }}
QWidget#wandBody {{ background: transparent; }}
QLabel {{ background: transparent; }}
QFrame#wandRail {{ background: {DEEP}; }}
QLabel#wandMark {{ color: white; font-size: {s(44)}px; font-weight: 700; }}
QLabel#wandWie {{ color: {RAIL_TEXT}; font-size: {s(24)}px; }}
QLabel#wandStap {{
    color: {RAIL_TEXT}; font-size: {s(25)}px; padding: {s(11)}px {s(18)}px;
    border-radius: {s(14)}px;
}}
QLabel#wandStap[state="done"] {{ color: {RAIL_DONE}; }}
QLabel#wandStap[state="now"] {{ background: white; color: {DEEP}; font-weight: 700; }}
QLabel#wandEyebrow {{ color: {BRAND}; font-size: {s(24)}px; font-weight: 700; }}
QLabel#wandTitel {{ color: {INK}; font-size: {s(80)}px; font-weight: 700; }}
QLabel#wandVraag {{ color: {SOFT_INK}; font-size: {s(34)}px; }}
QLabel#wandNiet {{
    color: {SOFT_INK}; font-size: {s(24)}px; background: {PANEL};
    border-radius: {s(12)}px; padding: {s(14)}px {s(22)}px;
}}
QFrame#wandSide {{ background: {PANEL}; border-left: {s(1)}px solid {LINE}; }}
QLabel#wandSideKop {{ color: {DEEP}; font-size: {s(36)}px; font-weight: 700; }}
QWidget#wandWaiting QLabel#wandMark {{ color: {BRAND}; font-size: {s(56)}px; }}
QLabel#wandWachtTitel {{ color: {INK}; font-size: {s(84)}px; font-weight: 700; }}
QLabel#wandWachtTekst {{ color: {SOFT_INK}; font-size: {s(36)}px; }}
QWidget#wandCurtain {{ background: {CURTAIN}; }}
QWidget#wandCurtain QLabel#wandMark {{ color: {CURTAIN_MARK}; font-size: {s(48)}px; }}
"""


def body_sheet(size: float) -> str:
    """The case text's sizes; ``size`` is the scale times the fit (smaller when there is more)."""

    def s(value: float) -> int:
        return px(value, size)

    return f"""
QLabel[role="wandkop"] {{ color: {BRAND}; font-size: {s(26)}px; font-weight: 700; }}
QLabel[role="wandtekst"] {{ color: {INK}; font-size: {s(38)}px; }}
QLabel[role="wandquote"] {{ color: {INK}; font-size: {s(50)}px; }}
QLabel[role="wandquote2"] {{ color: {INK}; font-size: {s(40)}px; }}
QLabel[role="wandactie"] {{ color: {INK}; font-size: {s(36)}px; }}
QLabel[role="wanddatum"] {{
    color: {DEEP}; font-size: {s(26)}px; font-weight: 600; background: {PANEL};
    border-radius: {s(10)}px; padding: {s(6)}px {s(16)}px;
}}
QLabel[role="wandleeg"] {{ color: {SOFT_INK}; font-size: {s(34)}px; }}
QLabel[role="wandconclusie"] {{ color: {INK}; font-size: {s(32)}px; }}
QLabel[role="wandvink"] {{ color: {BRAND}; font-size: {s(32)}px; font-weight: 700; }}
QFrame[role="wandblok"] {{ border: none; border-left: {s(7)}px solid {BRAND}; }}
QFrame[role="wandrij"] {{ border: none; border-bottom: {s(2)}px solid {LINE}; }}
"""
