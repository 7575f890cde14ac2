"""Screenshots of destroying a case: the case closed, its overview, the dialog filled in.

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_vernietigen.py [OUT_DIR]

Writes vernietigen_*.png into OUT_DIR (default /work/wt/shots).
"""

from __future__ import annotations

import sys


def main() -> int:
    """The shots, on a fresh demo vault in a temporary home."""
    from overleg_shots import kevins_room  # beside this script

    room = kevins_room()  # first: it sets the temporary home before tafel reads it
    from PySide6.QtGui import QPainter

    window, services, out = room.window, room.services, room.out
    services.casussen.close(room.kevin_id)
    workspace = window.workspace
    workspace.reload()
    workspace.case_list.status_filter.setCurrentIndex(1)  # every case, closed ones too
    workspace.case_list.select_case(room.kevin_id)
    room.settle()
    window.grab().save(str(out / "vernietigen_casus.png"))  # "bewaard tot" in the facts
    print(out / "vernietigen_casus.png")
    overview = workspace.overview
    overview.destroy_case()
    dialog = overview.destroy_dialog
    dialog.reason_combo.setCurrentIndex(1)
    dialog.confirm_edit.setText(services.casussen.open(room.kevin_id).casus.referentie)
    dialog.resize(640, dialog.height())
    dialog.show()
    room.settle()
    frame = window.geometry()
    dialog.move(frame.x() + (frame.width() - dialog.width()) // 2,
                frame.y() + (frame.height() - dialog.height()) // 2)
    room.settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(dialog.geometry().topLeft() - frame.topLeft(), dialog.grab())
    painter.end()
    picture.save(str(out / "vernietigen_dialoog.png"))
    print(out / "vernietigen_dialoog.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
