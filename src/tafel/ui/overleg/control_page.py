"""The laptop's control view of a running casus-overleg, in the main window's workspace.

Left: who is in the room (ticking someone in or out redraws the wall at once), the private
part, the curtain (F8) and the agenda with each step's time box. Middle: the plan's parts of
the current step, typed and saved as in the plan, and an afspraak to note. Right: a small
picture of what the wall shows now and why something is left out, the conclusions, and
"Overleg afronden".

This screen is the consulent's own: it holds the whole case file, so it is never the one the
room sees. With one screen (mirrored) the page shows only a neutral cover without case
data; the room's window is then the mirror window with its slim strip.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import Pijler
from tafel.domain.overleg import AgendaStap
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.overleg.aanwezigen_lijst import AanwezigenLijst
from tafel.ui.overleg.afspraak_form import AfspraakForm
from tafel.ui.overleg.agenda_lijst import AgendaLijst
from tafel.ui.overleg.conclusies import ConclusiesLijst
from tafel.ui.overleg.muur_preview import PREVIEW, WandPreview
from tafel.ui.overleg.sessie import OverlegSessie
from tafel.ui.overleg.stap_editor import StapEditor
from tafel.ui.overleg.teksten import minuten
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.widgets.scroll_page import FormScroll
from tafel.views.overleg import OverlegView
from tafel.views.plans import PlanView

GUTTER = 6  # between the right column's content and its scroll bar
SMAL_ONDER = 1200  # narrower than this (960x540 at 200%), the agenda joins the wall's column

PAGE_STYLE = """
QWidget#OverlegPage { background: #f4f6f6; }
QWidget#overlegHeader { background: white; border-bottom: 1px solid #dde3e4; }
QFrame#overlegKolom { background: white; border: 1px solid #dde3e4; border-radius: 10px; }
QPushButton#gordijn { padding: 10px 14px; font-weight: 600; }
QPushButton#gordijn:checked { background: #33424a; color: white; border: 1px solid #1d2327; }
QLabel#muurStaat { border-radius: 10px; padding: 3px 10px; font-weight: 600;
    background: #e3f1f2; color: #14393d; }
QLabel#muurStaat[dicht="true"] { background: #33424a; color: white; }
QWidget#kolomInhoud { background: white; }
QScrollArea#kolomScroll, QScrollArea#kolomScroll > QWidget > QWidget { background: white; }
QLabel#afspraakRegel { background: white; border: 1px solid #dde3e4; border-radius: 8px;
    padding: 8px 10px; }
"""


def _kolom(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("overlegKolom")
    box = QVBoxLayout(frame)
    box.setContentsMargins(14, 12, 14, 12)
    box.setSpacing(8)
    if title:
        label = QLabel(title)
        set_role(label, "section")
        box.addWidget(label)
    return frame, box


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setObjectName("kolomScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class OverlegPage(QWidget):
    """The control view; ``closed`` (the case id) when the consulent leaves it."""

    closed = Signal(object)
    afronden_gevraagd = Signal(object)  # the overleg id: finish the meeting (its dialog)

    def __init__(self, controller: AppController, sessie: OverlegSessie, plan: PlanView | None,
                 jongere: str, parent: QWidget | None = None) -> None:
        """``plan`` None (mirrored): only the cover, no case data on this screen."""
        super().__init__(parent)
        self.setObjectName("OverlegPage")
        self.setStyleSheet(PAGE_STYLE)
        self._controller = controller
        self.sessie = sessie
        sessie.setParent(self)
        self.jongere = jongere
        self.gespiegeld = plan is None
        self.lijst: AanwezigenLijst | None = None
        self.editor: StapEditor | None = None
        self.conclusies: ConclusiesLijst | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if plan is None:
            layout.addWidget(self._cover())
        else:
            layout.addWidget(self._header())
            body = QWidget()  # scrolls where the window is short (960x540 at 200%)
            body.setLayout(self._body(plan))
            layout.addWidget(FormScroll(body), 1)
            self._wire()
            self._toon_overleg(sessie.overleg)
            self._stap(sessie.stap)
        sessie.gestopt.connect(self._muur_weg)
        sessie.afronden_gevraagd.connect(self.afronden)
        sessie.aanwezigen_gevraagd.connect(self.vraag_aanwezigen)
        self.aanwezigen_dialog: QWidget | None = None

    # -- building -----------------------------------------------------------------------

    def _cover(self) -> QWidget:
        """What the laptop shows behind the mirror: nothing of the case."""
        cover = QWidget()
        box = QVBoxLayout(cover)
        box.setContentsMargins(40, 40, 40, 40)
        box.addStretch(1)
        title = QLabel(self.tr("The casus-overleg is on the screen"))
        set_role(title, "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "Everyone in the room sees this screen, so the case file stays hidden here. "
            "Use the strip under the wall to move through the agenda."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(text, "subtitle")
        row = QHBoxLayout()
        row.addStretch(1)
        self.terug_button = QPushButton(self.tr("Back to the wall"))
        set_role(self.terug_button, "primary")
        self.terug_button.clicked.connect(self._terug_naar_muur)
        self.sluit_button = QPushButton(self.tr("Stop showing"))
        self.sluit_button.clicked.connect(self.close_page)
        row.addWidget(self.terug_button)
        row.addWidget(self.sluit_button)
        row.addStretch(1)
        for widget in (title, text):
            box.addWidget(widget)
        box.addSpacing(12)
        box.addLayout(row)
        box.addStretch(2)
        return cover

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("overlegHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # One line on a laptop; the wall's state and the buttons below the title where the
        # window is narrow (960x540 at 200%).
        row = FlowLayout(header, 10, right=True, line_spacing=6)
        row.setContentsMargins(20, 10, 16, 10)
        title_box = QWidget()
        title_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        titles = QVBoxLayout(title_box)
        titles.setContentsMargins(0, 0, 0, 0)
        titles.setSpacing(0)
        self.titel = QLabel(fill(self.tr("Casus-overleg with %1"), self.jongere))
        set_role(self.titel, "title")
        self.ondertitel = QLabel()
        set_role(self.ondertitel, "muted")
        titles.addWidget(self.titel)
        titles.addWidget(self.ondertitel)
        row.addWidget(title_box)
        actions = QWidget()
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        action_row.setSpacing(10)
        self.muur_staat = QLabel()
        self.muur_staat.setObjectName("muurStaat")
        action_row.addWidget(self.muur_staat, 0, Qt.AlignmentFlag.AlignVCenter)
        self._acties = action_row  # where the curtain button goes on a narrow screen
        self.sluit_button = QPushButton(self.tr("Close"))
        self.sluit_button.setToolTip(self.tr(
            "Take the wall down and go back to the case. The meeting stays open: you can go "
            "on with it or finish it later."))
        self.sluit_button.clicked.connect(self.close_page)
        self.afronden_button = QPushButton(icon("finish"), self.tr("Finish the meeting…"))
        set_role(self.afronden_button, "primary")
        self.afronden_button.clicked.connect(self.afronden)
        action_row.addWidget(self.sluit_button)
        action_row.addWidget(self.afronden_button)
        row.addWidget(actions)
        return header

    def _body(self, plan: PlanView) -> QHBoxLayout:
        body = QHBoxLayout()
        body.setContentsMargins(12, 12, 12, 12)
        body.setSpacing(12)
        body.addWidget(self._links(), 0)
        body.addWidget(self._midden(plan), 1)
        body.addWidget(self._rechts(), 0)
        return body

    def _links(self) -> QWidget:
        frame, box = _kolom(self.tr("Agenda"))
        frame.setFixedWidth(290)
        self._links_frame, self._links_box = frame, box
        self.agenda = AgendaLijst()
        box.addWidget(self.agenda)
        box.addStretch(1)
        self.gordijn_button = QPushButton(icon("not-shared"), "")
        self.gordijn_button.setObjectName("gordijn")
        self.gordijn_button.setCheckable(True)
        box.addWidget(self.gordijn_button)
        return frame

    def _midden(self, plan: PlanView) -> QWidget:
        frame, box = _kolom("")
        self.editor = StapEditor(self._controller, plan, self.jongere)
        box.addWidget(self.editor, 1)
        steps = QHBoxLayout()
        self.vorige_button = QPushButton(icon("previous"), self.tr("Previous step"))
        self.volgende_button = QPushButton(self.tr("Next step"))
        self.volgende_button.setIcon(icon("next"))
        self.volgende_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        set_role(self.volgende_button, "primary")
        self.stap_tijd = QLabel()
        set_role(self.stap_tijd, "muted")
        steps.addWidget(self.vorige_button)
        steps.addStretch(1)
        steps.addWidget(self.stap_tijd)
        steps.addStretch(1)
        steps.addWidget(self.volgende_button)
        box.addLayout(steps)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        self.afspraak = AfspraakForm()
        self.afspraak.zet_mensen(plan, self._controller.services.context.today())
        bottom.addWidget(self.afspraak, 3)
        card = QFrame()
        card.setObjectName("plancard")
        card_box = QVBoxLayout(card)
        card_box.setContentsMargins(14, 10, 14, 12)
        card_box.setSpacing(4)
        kop = QLabel(self.tr("Conclusions"))
        set_role(kop, "voice")
        card_box.addWidget(kop)
        self.conclusies = ConclusiesLijst(self._controller, self.sessie.overleg_id,
                                          self.sessie.origin)
        card_box.addWidget(self.conclusies.nieuw_edit)  # adding stays in sight
        holder = QWidget()
        holder.setObjectName("kolomInhoud")
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        holder_box.addWidget(self.conclusies)
        holder_box.addStretch(1)
        card_box.addWidget(_scroll(holder), 1)
        # Shared by width (3:2): a conclusion is read back in the room, not squeezed.
        for half in (self.afspraak, card):
            half.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # but never narrower than its fields and its button (Ignored drops that minimum too)
        self.afspraak.setMinimumWidth(self.afspraak.minimumSizeHint().width())
        bottom.addWidget(card, 2)
        box.addLayout(bottom)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        set_role(self.melding, "error")
        self.melding.hide()
        box.addWidget(self.melding)
        return frame

    def _rechts(self) -> QWidget:
        frame, box = _kolom("")
        inner = QWidget()
        inner.setObjectName("kolomInhoud")
        inner_box = QVBoxLayout(inner)
        inner_box.setContentsMargins(0, 0, GUTTER, 0)
        inner_box.setSpacing(8)
        self._agenda_kop = QLabel(self.tr("Agenda"))  # the agenda's place on a narrow screen
        set_role(self._agenda_kop, "section")
        self._agenda_kop.hide()
        inner_box.addWidget(self._agenda_kop)
        self._rechts_box, self._rechts_inner = box, inner_box
        kop = QLabel(self.tr("What the wall shows now"))
        set_role(kop, "section")
        inner_box.addWidget(kop)
        self.preview = WandPreview()
        inner_box.addWidget(self.preview)
        kop = QLabel(self.tr("Who is here?"))
        set_role(kop, "section")
        inner_box.addWidget(kop)
        self.lijst = AanwezigenLijst(self._controller.services.overleg.kandidaten(
            self.sessie.casus_id), compact=True)
        inner_box.addWidget(self.lijst)
        self.besloten_box = QCheckBox(self.tr("Private part"))
        self.besloten_box.setToolTip(self.tr(
            "Only the household and its own circle: professionals and guests are not counted "
            "while this is on."))
        inner_box.addWidget(self.besloten_box)
        inner_box.addStretch(1)
        scroll = _scroll(inner)
        box.addWidget(scroll, 1)
        # The picture of the wall beside the scroll bar: the column is as wide as that, so
        # nothing in it reaches under the bar (the roles end in "…" inside it).
        margins = box.contentsMargins()
        frame.setFixedWidth(PREVIEW.width() + GUTTER + scroll.verticalScrollBar().sizeHint().width()
                            + margins.left() + margins.right())
        return frame

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        """Three columns on a laptop; two where the screen is narrow (960x540 at 200%).

        There the agenda joins the wall's column, above the picture of the wall, the curtain
        button goes up beside "Close", and the step being edited keeps its room in the middle.
        """
        super().resizeEvent(event)
        if self.editor is not None:
            self._smal(self.width() < SMAL_ONDER)

    def _smal(self, smal: bool) -> None:
        if smal == self._links_frame.isHidden():
            return
        if smal:
            self._links_box.removeWidget(self.agenda)
            self._links_box.removeWidget(self.gordijn_button)
            self._rechts_inner.insertWidget(1, self.agenda)
            self._acties.insertWidget(0, self.gordijn_button)  # always in sight, at the top
        else:
            self._rechts_inner.removeWidget(self.agenda)
            self._acties.removeWidget(self.gordijn_button)
            self._links_box.insertWidget(1, self.agenda)
            self._links_box.addWidget(self.gordijn_button)
        self._agenda_kop.setVisible(smal)
        self._links_frame.setHidden(smal)

    def _wire(self) -> None:
        sessie = self.sessie
        assert self.lijst is not None and self.editor is not None and self.conclusies
        self.lijst.gewijzigd.connect(self._kamer_gewijzigd)
        self.besloten_box.toggled.connect(lambda _on: self._kamer_gewijzigd())
        self.gordijn_button.clicked.connect(lambda on: sessie.zet_gordijn(on))
        self.agenda.gekozen.connect(sessie.ga_naar)
        self.vorige_button.clicked.connect(sessie.vorige)
        self.volgende_button.clicked.connect(sessie.volgende)
        self.editor.opgeslagen.connect(self._controller.publish)
        self.editor.fout.connect(self.toon_fout)
        self.conclusies.fout.connect(self.toon_fout)
        self.afspraak.genoteerd.connect(self._noteer)
        sessie.overleg_gewijzigd.connect(self._toon_overleg)
        sessie.bijgewerkt.connect(lambda _view: self._toon_preview())
        sessie.stap_gewijzigd.connect(self._stap)
        sessie.gordijn_gewijzigd.connect(self._gordijn)
        sessie.tik.connect(self._tijd)
        sessie.fout.connect(self.toon_fout)
        for keys, slot in (("F8", sessie.wissel_gordijn), ("Ctrl+PgDown", sessie.volgende),
                           ("Alt+Right", sessie.volgende), ("Ctrl+PgUp", sessie.vorige),
                           ("Alt+Left", sessie.vorige)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._gordijn(sessie.gordijn_dicht)
        self._toon_preview()

    # -- showing ------------------------------------------------------------------------

    def _toon_overleg(self, overleg: OverlegView) -> None:
        if self.lijst is None or self.conclusies is None:
            return
        self.lijst.zet(overleg.aanwezigen)
        self.besloten_box.blockSignals(True)
        self.besloten_box.setChecked(overleg.besloten)
        self.besloten_box.blockSignals(False)
        self.conclusies.zet(overleg.conclusies)
        started = overleg.gestart_op.astimezone().strftime("%H:%M")
        self.ondertitel.setText(fill(self.tr("Started at %1 · %n present", "",
                                             len(overleg.aanwezigen)), started))

    def _toon_preview(self) -> None:
        view = self.sessie.view
        if view is None or self.gespiegeld:
            return
        self.preview.toon(view, self.sessie.overleg, self.sessie.stap,
                          self.sessie.verstreken(), self.sessie.gordijn_dicht)

    def _stap(self, stap: AgendaStap) -> None:
        if self.editor is None:
            return
        self.editor.toon_stap(stap)
        index = list(AgendaStap).index(stap)
        self.vorige_button.setEnabled(index > 0)
        self.volgende_button.setEnabled(index + 1 < len(AgendaStap))
        self._tijd()

    def _tijd(self) -> None:
        if self.editor is None:
            return
        self.agenda.toon(self.sessie.stap, {s: self.sessie.besteed(s) for s in AgendaStap})
        seconds = self.sessie.besteed()
        self.stap_tijd.setText(self.agenda.regels[self.sessie.stap].tijd.text()
                               if seconds else minuten(0))

    def _gordijn(self, dicht: bool) -> None:
        if self.editor is None:
            return
        self.gordijn_button.setChecked(dicht)
        self.gordijn_button.setText(self.tr("Curtain closed (F8)") if dicht
                                    else self.tr("Blank the wall (F8)"))
        self.gordijn_button.setToolTip(self.tr("Show the wall again (F8)") if dicht
                                       else self.tr("Blank the wall at once (F8)"))
        where = self.tr("Wall on the other screen")
        self.muur_staat.setText(self.tr("Curtain closed") if dicht else where)
        self.muur_staat.setProperty("dicht", dicht)
        self.muur_staat.style().unpolish(self.muur_staat)
        self.muur_staat.style().polish(self.muur_staat)
        self._toon_preview()

    def toon_fout(self, sentence: str) -> None:
        """One Dutch sentence about what went wrong (empty: hide)."""
        if self.editor is None:
            return
        self.melding.setText(sentence)
        self.melding.setVisible(bool(sentence))

    # -- acting -------------------------------------------------------------------------

    def _kamer_gewijzigd(self) -> None:
        if self.lijst is None:
            return
        self.toon_fout("")
        if not self.sessie.zet_aanwezigen(self.lijst.kies(), self.besloten_box.isChecked()):
            self._toon_overleg(self.sessie.overleg)  # refused: the room as it was

    def _noteer(self, actie: str, eigenaar: str, deadline: object, pijler: object) -> None:
        assert self.editor is not None
        self.editor.flush()
        if self.sessie.noteer_afspraak(actie, eigenaar, deadline,  # type: ignore[arg-type]
                                       pijler if isinstance(pijler, Pijler) else None):
            self.afspraak.gelukt()
            self.editor.herlaad()
            self.toon_fout("")
        else:
            self.afspraak.mislukt(self.sessie.laatste_fout)
            self.toon_fout("")

    def vraag_aanwezigen(self) -> None:
        """From the mirror's strip: who is here now (over the mirror, seen by the room)."""
        from tafel.domain.enums import Gegevenscategorie
        from tafel.ui.overleg.aanwezigen_dialog import AanwezigenDialog

        if not self._controller.is_unlocked:
            return
        sessie = self.sessie
        namen = sessie.view is not None and \
            Gegevenscategorie.PERSOONSGEGEVENS in sessie.view.categorieen
        dialog = AanwezigenDialog(
            self._controller.services.overleg.kandidaten(sessie.casus_id),
            sessie.overleg.aanwezigen, sessie.overleg.besloten, namen,
            sessie.muur or self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: sessie.zet_aanwezigen(dialog.aanwezigen,
                                                              dialog.besloten))
        dialog.finished.connect(lambda _r: setattr(self, "aanwezigen_dialog", None))
        self.aanwezigen_dialog = dialog
        dialog.open()

    def _terug_naar_muur(self) -> None:
        from tafel.ui.overleg.scherm import vol_scherm

        if self.sessie.muur is not None:
            vol_scherm(self.sessie.muur, None)

    def _muur_weg(self) -> None:
        """The wall was taken down (a lock, closing): nothing here goes on without it."""
        if self.editor is not None:
            self.editor.flush()
        if self.conclusies is not None:
            self.conclusies.flush()
        if self.editor is not None:
            self.preview.wis()

    def flush(self) -> bool:
        """Save what is still waiting (plan text, conclusions)."""
        ok = True
        for part in (self.editor, self.conclusies):
            if part is not None:
                ok = part.flush() and ok
        return ok

    def stop(self) -> None:
        """Save, and take the wall down (closing, a lock)."""
        self.flush()
        self.sessie.stop()

    def close_page(self) -> None:
        """Take the wall down and go back to the case; the meeting stays open."""
        self.stop()
        self.closed.emit(self.sessie.casus_id)

    def afronden(self) -> None:
        """"Overleg afronden": save, then the finishing dialog (the record, the next date)."""
        from tafel.ui.overleg.afronden import rond_af

        self.flush()
        self.afronden_gevraagd.emit(self.sessie.overleg_id)
        parent = self.sessie.muur if self.gespiegeld and self.sessie.muur else self.window()
        rond_af(self._controller, self.sessie.overleg_id, parent, self._afgerond)

    def _afgerond(self, overleg_id: uuid.UUID) -> None:
        if overleg_id == self.sessie.overleg_id:
            self.close_page()

    @property
    def case_id(self) -> uuid.UUID:
        """The case of the meeting."""
        return self.sessie.casus_id
