"""Two versions of the toekomstplan side by side, section by section.

Before signing a new version, the family wants to see what changed since the one they signed.
The older version stands left, the newer right; changed sections are marked, and within a
changed part the words that differ are highlighted (struck through and red on the left, green
on the right). "Only show changes" hides the rest.

The comparing itself is :func:`tafel.domain.plan_compare.compare` (plain data); this module
turns its keys into words (via :mod:`~tafel.ui.plan.plan_labels`) and into HTML for one
:class:`QTextBrowser`, escaping every value.
"""

from __future__ import annotations

import html
import re
from datetime import date
from difflib import SequenceMatcher
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.dates import short_date
from tafel.domain.enums import Pijler
from tafel.domain.plan_compare import SectionDiff, compare
from tafel.domain.plan_content import (
    TEXT_KEYS,
    DoorbraakSoort,
    KostenRoute,
    PlanContent,
)
from tafel.errors import TafelError
from tafel.services.instruments import InstrumentLibrary
from tafel.ui.i18n import fill
from tafel.ui.plan.plan_labels import (
    afspraak_status_label,
    doorbraak_kind_label,
    part_label,
    pillar_label,
    route_label,
    version_status_label,
)
from tafel.ui.style import set_role
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.ui.window_state import keep_on_screen
from tafel.views.plans import PlanVersieView, PlanView

REMOVED = "background-color:#f9d3d0; color:#7c1d17; text-decoration:line-through;"
ADDED = "background-color:#cdeccf; color:#0f4a1c;"
CHANGED_ROW = "#fffaf1"
TOKENS = re.compile(r"\s+|\S+")  # whole words: "27.000,00" is one change, not three


# Qt's translate under a short name; lupdate finds the strings by this call.
translate = QCoreApplication.translate


@cache
def _domain_names() -> dict[str, str]:
    """Domain key to name, from the newest instrument (target scores are keyed by domain)."""
    try:
        instrument = InstrumentLibrary.load().newest()
    except (TafelError, OSError, KeyError):  # no instrument: show the keys, still usable
        return {}
    return {domain.key: domain.name for domain in instrument.domains}


def section_title(key: str) -> str:
    """The heading of a compared section."""
    if key.startswith("pijler:"):
        return pillar_label(Pijler(key.partition(":")[2]))
    return {
        "perspectief": part_label("perspectief"),
        "droom": part_label("droom"),
        "afspraken": translate("CompareDialog", "Afspraken"),
        "doorbraak": translate("CompareDialog", "Doorbraak"),
        "kosten": translate("CompareDialog", "Cost comparison"),
        "vangnet": part_label("vangnet"),
        "evaluatie": translate("CompareDialog", "Evaluation"),
    }.get(key, key)


def line_label(part: str) -> str:
    """The words above one compared line ("" for afspraken, which speak for themselves)."""
    if part in TEXT_KEYS:
        return part_label(part)
    head, _, rest = part.partition(":")
    if head == "doelscore":
        domain = rest.partition(".")[2]
        name = _domain_names().get(domain, domain)
        return fill(translate("CompareDialog", "Target score: %1"), name)
    if head == "kostenpost":
        return route_label(KostenRoute(rest.partition(":")[0]))
    if head == "kosten":
        total = translate("CompareDialog", "Total: %1")
        return fill(total, route_label(KostenRoute(rest)))
    return {
        "doorbraak.uitzondering_nodig": translate(
            "CompareDialog", "Is an exception to a rule or routine needed?"),
        "doorbraak.soort": translate("CompareDialog", "How is it paid?"),
        "evaluatie": translate("CompareDialog", "Evaluation date"),
    }.get(part, "")


def line_text(part: str, text: str, content: PlanContent) -> str:
    """The value of one line in words: statuses, yes/no and dates as the reader says them."""
    if not text:
        return ""
    head, _, rest = part.partition(":")
    if head == "afspraak":
        afspraak = next((a for a in content.afspraken if a.id == rest), None)
        if afspraak is None:
            return text
        bits = [afspraak.actie.strip() or translate("CompareDialog", "(no action yet)"),
                afspraak.eigenaar_naam.strip() or translate("CompareDialog", "(no owner yet)")]
        if afspraak.deadline:
            bits.append(fill(translate("CompareDialog", "by %1"), short_date(afspraak.deadline)))
        bits.append(afspraak_status_label(afspraak.status))
        return " · ".join(bits)
    if part == "doorbraak.uitzondering_nodig":
        yes, no = translate("CompareDialog", "Yes"), translate("CompareDialog", "No")
        return yes if text == "true" else no
    if part == "doorbraak.soort":
        return doorbraak_kind_label(DoorbraakSoort(text))
    if part == "evaluatie":
        return short_date(date.fromisoformat(text))
    return text


def word_diff(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML, with removed words marked in the old and added words in the new."""
    a, b = TOKENS.findall(old), TOKENS.findall(new)
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old_part, new_part = _html("".join(a[i1:i2])), _html("".join(b[j1:j2]))
        if tag == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part.strip():
            left.append(f'<span style="{REMOVED}">{old_part}</span>')
        else:
            left.append(old_part)
        if new_part.strip():
            right.append(f'<span style="{ADDED}">{new_part}</span>')
        else:
            right.append(new_part)
    return "".join(left), "".join(right)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _version_name(version: PlanVersieView) -> str:
    name = translate("CompareDialog", "Version %1 · %2")
    return fill(name, str(version.nummer), version_status_label(version.status))


def version_caption(version: PlanVersieView) -> str:
    """Number, status and date of one version, for the top of its column."""
    caption = _version_name(version)
    if version.getekend_op is not None:
        when = translate("CompareDialog", "signed on %1")
        when = fill(when, short_date(version.getekend_op))
    else:
        when = translate("CompareDialog", "last changed %1")
        when = fill(when, short_date(version.gewijzigd_op.date()))
    return f"{caption} · {when}"


class CompareDialog(QDialog):
    """Pick two versions; read them side by side; see what changed."""

    def __init__(self, view: PlanView, left: int | None = None, right: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.diffs: list[SectionDiff] = []
        numbers = [v.nummer for v in view.versions]
        newest = numbers[-1]
        right = right if right in numbers else newest
        if left not in numbers:
            left = numbers[-2] if len(numbers) > 1 else newest
        self.setWindowTitle(self.tr("Compare versions of the toekomstplan"))
        self.setMinimumSize(860, 560)
        self.resize(1200, 700)
        keep_on_screen(self)  # 1920x1080 at 150% has 1280x720

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        title = QLabel(fill(self.tr("What changed in the toekomstplan of %1?"),
                            view.case.jongere.naam))
        set_role(title, "section")
        layout.addWidget(title)

        # One line; where the screen is narrow (960x540 at 200%) the checkbox goes below.
        pickers = FlowLayout(None, 16, line_spacing=8)
        self.left_combo = self._picker(left)
        self.right_combo = self._picker(right)
        for caption, combo in ((self.tr("&Older:"), self.left_combo),
                               (self.tr("&Newer:"), self.right_combo)):
            label = QLabel(caption)
            label.setBuddy(combo)
            picker = QWidget()
            picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            row = QHBoxLayout(picker)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo, 1)
            pickers.addWidget(picker)
        self.only_changes = QCheckBox(self.tr("Only show &changes"))
        self.only_changes.toggled.connect(self.refresh)
        pickers.addWidget(self.only_changes)
        layout.addLayout(pickers)

        heads = QHBoxLayout()
        self.left_head = QLabel("")
        self.right_head = QLabel("")
        for head in (self.left_head, self.right_head):
            head.setWordWrap(True)
            set_role(head, "status")
            heads.addWidget(head, 1)
        layout.addLayout(heads)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setObjectName("compare")
        layout.addWidget(self.browser, 1)

        footer = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)  # "Changed: …" names up to nine parts
        set_role(self.summary, "muted")
        footer.addWidget(self.summary, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        footer.addWidget(close)
        layout.addLayout(footer)

        self.left_combo.currentIndexChanged.connect(self.refresh)
        self.right_combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _picker(self, chosen: int) -> QComboBox:
        combo = QComboBox()
        for version in self.view.versions:
            combo.addItem(_version_name(version), version.nummer)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        return combo

    def versions(self) -> tuple[PlanVersieView, PlanVersieView]:
        """The versions shown left and right."""
        left = self.view.version(int(self.left_combo.currentData()))
        right = self.view.version(int(self.right_combo.currentData()))
        assert left is not None and right is not None
        return left, right

    def set_versions(self, left: int, right: int) -> None:
        """Show versions ``left`` and ``right`` (by number)."""
        self.left_combo.setCurrentIndex(max(0, self.left_combo.findData(left)))
        self.right_combo.setCurrentIndex(max(0, self.right_combo.findData(right)))

    def refresh(self) -> None:
        """Compare the chosen versions again and redraw."""
        left, right = self.versions()
        order = tuple(_domain_names())
        self.diffs = compare(left.content, right.content, order)
        self.left_head.setText(version_caption(left))
        self.right_head.setText(version_caption(right))
        changed = [d for d in self.diffs if d.changed]
        if left.nummer == right.nummer:
            self.summary.setText(self.tr("You are looking at the same version twice. Choose "
                                         "another version to compare."))
        elif not changed:
            self.summary.setText(self.tr("These versions are the same."))
        else:
            names = ", ".join(section_title(d.key) for d in changed)
            self.summary.setText(fill(self.tr("Changed: %1"), names))
        shown = changed if self.only_changes.isChecked() else self.diffs
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self._page(shown, left.content, right.content))
        self.browser.verticalScrollBar().setValue(scroll)

    # -- html ---------------------------------------------------------------------------

    def _page(self, sections: list[SectionDiff], a: PlanContent, b: PlanContent) -> str:
        if not sections:
            nothing = _html(self.tr("Nothing changed."))
            return f'<p style="color:#5b6770">{nothing}</p>'
        parts = ['<table width="100%" cellspacing="0" cellpadding="7">']
        for section in sections:
            parts.append(self._section_html(section, a, b))
        parts.append("</table>")
        return "".join(parts)

    def _section_html(self, section: SectionDiff, a: PlanContent, b: PlanContent) -> str:
        title = _html(section_title(section.key))
        changed, unchanged = _html(self.tr("Changed")), _html(self.tr("no changes"))
        both_empty = _html(self.tr("Empty in both versions."))
        empty_text = _html(self.tr("(empty)"))
        if section.changed:
            mark = (f'&nbsp;&nbsp;<span style="background-color:#fff2df; color:#7a4100;">'
                    f'&nbsp;{changed}&nbsp;</span>')
            head_colour = "#fbe9cf"
        else:
            mark = (f'&nbsp;&nbsp;<span style="color:#5b6770; font-weight:normal;">'
                    f'{unchanged}</span>')
            head_colour = "#eef3f3"
        rows = [f'<tr><td colspan="2" bgcolor="{head_colour}" style="font-size:13pt; '
                f'font-weight:600; color:#14393d;">{title}{mark}</td></tr>']
        if section.is_empty:
            rows.append(f'<tr><td colspan="2" style="color:#5b6770;">'
                        f'{both_empty}</td></tr>')
        previous_label = section_title(section.key)  # a one-part section needs no label
        only_changes = self.only_changes.isChecked()
        for part, text_a, text_b in section.rows():
            if only_changes and text_a == text_b:
                continue
            label = line_label(part)
            if label and label != previous_label:
                rows.append(f'<tr><td colspan="2" style="color:#4a555c; font-weight:600; '
                            f'padding-bottom:0;">{_html(label)}</td></tr>')
            previous_label = label
            shown_a, shown_b = line_text(part, text_a, a), line_text(part, text_b, b)
            if shown_a == shown_b:
                cell_a = cell_b = _html(shown_a)
                colour = ""
            else:
                cell_a, cell_b = word_diff(shown_a, shown_b)
                colour = f' bgcolor="{CHANGED_ROW}"'
            empty = f'<span style="color:#8a969b;">{empty_text}</span>'
            rows.append(f'<tr><td width="50%" valign="top"{colour}>{cell_a or empty}</td>'
                        f'<td width="50%" valign="top"{colour}>{cell_b or empty}</td></tr>')
        rows.append('<tr><td colspan="2" style="font-size:4pt;">&nbsp;</td></tr>')
        return "".join(rows)
