"""Kluis > Kengetallen: the charts, the line that they are signals and not targets, the CSV.

With TAFEL_SHOTS set to a folder, the dialog on the demo (nearly everything hidden) and on
the demo with many more cases is saved there as PNG at 1366x768.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tafel.ui.kengetallen.charts import ChangeBars, Verandering
from tafel.ui.kengetallen.kengetallen_dialog import KengetallenDialog
from tafel.ui.main_window import MainWindow
from tests.builders import many_cases
from tests.ui.drive import unlock


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _open(qtbot, window: MainWindow) -> KengetallenDialog:  # type: ignore[no-untyped-def]
    assert window.kengetallen_action.isEnabled()
    window.kengetallen_action.trigger()
    dialog = window.kengetallen_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.resize(1366, 768)
    return dialog


def test_the_menu_is_there_only_when_unlocked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.kengetallen_action.isEnabled()
    unlock(qtbot, window)
    assert window.kengetallen_action.isEnabled()


def test_the_demo_shows_signals_not_targets_with_small_figures_hidden(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    unlock(qtbot, window)
    dialog = _open(qtbot, window)
    text = dialog.signal_label.text()
    assert "nooit doelen" in text and "minder dan 5" in text
    assert dialog.windowTitle() == "Kengetallen"
    assert dialog.sections["fase"].title.text() == "Casussen per fase"
    assert dialog.figures is not None
    assert dialog.figures.cel("fase", "totaal").waarde == 7
    assert dialog.figures.cel("fase", "uitvoering").onderdrukt
    _shot(dialog, "kengetallen_demo")

    dialog.save_to(tmp_path / "kengetallen.csv")
    assert (tmp_path / "kengetallen.csv").read_text(encoding="utf-8").startswith("peildatum,")
    assert "kengetallen.csv" in dialog.message_label.text()
    dialog.save_to(tmp_path / "no such folder" / "k.csv")
    assert dialog.message_label.text().startswith("In de map")


def test_with_more_cases_the_charts_show_figures(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    many_cases(window.controller.services)
    dialog = _open(qtbot, window)
    assert dialog.figures is not None
    assert dialog.figures.cel("fase", "uitvoering").waarde == 15
    assert dialog.figures.cel("verandering", "wonen", "jongere").waarde is not None
    _shot(dialog, "kengetallen_charts")


def test_one_hidden_voice_is_drawn_apart_from_the_shown_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A pillar where only one voice is shown (drawn, and saved with TAFEL_SHOTS)."""
    chart = ChangeBars("niet getoond")
    qtbot.addWidget(chart)
    chart.resize(640, 200)
    chart.set_rows([
        Verandering("Wonen", 0.8, "+0,8", "6 casussen", None, "", ""),
        Verandering("Inkomen", None, "", "", None, "", ""),
        Verandering("Rapportcijfer (0-10)", None, "", "", -1.4, "-1,4", "5 casussen",
                    alleen_jongere=True),
    ])
    assert chart.scale() == 2.0
    _shot(chart, "kengetallen_chart_rows")
