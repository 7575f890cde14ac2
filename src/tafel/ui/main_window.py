"""The main window: first run, unlock or the workspace, one at a time.

The workspace exists only while the vault is unlocked. Locking (Ctrl+L, the idle timer or
the menu) deletes it, so no widget, model or cached row of case data survives the lock.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from tafel import __version__
from tafel.errors import TafelError
from tafel.paths import demo_vault_path
from tafel.settings import IDLE_MINUTES_MAX, IDLE_MINUTES_MIN
from tafel.ui.casus_acties import CasusActies
from tafel.ui.controller import AppController, vault_exists
from tafel.ui.dialogs.kinds import NEW_CASE_FORM, SIGN_FORM
from tafel.ui.help.help_actions import HelpActions
from tafel.ui.i18n import fill
from tafel.ui.icons import ACCENT, icon
from tafel.ui.idle import IdleWatcher
from tafel.ui.kluis_acties import KluisActies
from tafel.ui.lock_guard import keep_open_forms
from tafel.ui.pages.unlock import UnlockPage
from tafel.ui.recent_vaults import RecentVaultsMenu, recent_vaults, switch_on_second_start
from tafel.ui.session_lock import install_session_lock
from tafel.ui.window_state import install_window_place
from tafel.ui.zoom import install_zoom

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from tafel.ui.background import Job
    from tafel.ui.pages.first_run import FirstRunPage
    from tafel.ui.workspace import Workspace


# What the workspace loads, leaves first, so each step is short (see _load_workspace_code).
WORKSPACE_MODULES = (
    "tafel.render.big5_picture", "tafel.ui.widgets.picture_view",
    "tafel.ui.models.casus_list_model", "tafel.ui.casus_list_panel",
    "tafel.ui.casus.gesprekken_section", "tafel.ui.casus.plan_section",
    "tafel.ui.casus.casus_overview", "tafel.ui.log_warning", "tafel.ui.bundels.wachtend",
    "tafel.ui.backup.herinnering_band",
    "tafel.ui.workspace",
)


def freeze_long_lived() -> None:
    """Leave what lives now (modules, classes, the workspace) out of later garbage collections.

    Python's full collection walks every object: with Qt, SQLAlchemy and an open vault that
    is a pause of 100 ms or more at a moment nobody chose, in the middle of typing too.
    Frozen objects are not walked again; what they refer to is still freed when it is let
    go, only cycles among them wait until the process ends (a lock ends it).
    """
    gc.freeze()


def _ignore(_result: object) -> None:
    """A job whose result nobody needs."""


class MainWindow(CasusActies, KluisActies, QMainWindow):
    """Switches between the pages and owns the actions and the idle lock."""

    def __init__(self, controller: AppController, parent: QWidget | None = None,
                 restart_on_lock: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workspace: Workspace | None = None
        self._prepared: Workspace | None = None  # built empty while the key is derived
        # The real app ends its process on a lock (see ui/restart.py); tests keep it.
        self._restart_on_lock = restart_on_lock
        self._closing = False
        self._demo_job: Job[Path] | None = None
        self.setMinimumSize(1024, 640)

        self.pages = QStackedWidget()
        self._first_run: FirstRunPage | None = None  # built when first shown
        self.unlock_page = UnlockPage(controller)
        self.pages.addWidget(self.unlock_page)
        self.setCentralWidget(self.pages)

        self._build_actions()
        self.vault_label = QLabel()
        self.statusBar().addPermanentWidget(self.vault_label)

        self.idle = IdleWatcher(controller.settings.idle_minutes, self,
                                lock_sequence=self.lock_action.shortcut())
        self.idle.idle.connect(controller.lock)
        self.idle.lock_requested.connect(self.request_lock)
        controller.about_to_lock.connect(self._keep_open_forms)
        self.session_lock = install_session_lock(self, controller)  # screen lock, sleep

        self.unlock_page.other_vault_requested.connect(self.show_first_run)
        self.unlock_page.unlock_started.connect(self._load_workspace_code)
        controller.unlocked.connect(self._on_unlocked)
        controller.locked.connect(self._on_locked)
        controller.vault_chosen.connect(self._show_unlock)
        self.window_place = install_window_place(self, controller)  # after _on_locked

        if controller.vault_path is not None and vault_exists(controller.vault_path):
            self._show_unlock(controller.vault_path)
        else:
            self.show_first_run()
        QTimer.singleShot(0, freeze_long_lived)  # what start-up loaded

    @property
    def first_run(self) -> FirstRunPage:
        """The first-run page, built the first time it is needed."""
        if self._first_run is None:
            from tafel.ui.pages.first_run import FirstRunPage

            page = FirstRunPage()
            page.new_vault_requested.connect(self.new_vault)
            page.open_vault_requested.connect(self.open_vault)
            page.demo_requested.connect(self.open_demo)
            page.recent.chosen.connect(self.controller.choose_vault)
            self.pages.addWidget(page)
            self._first_run = page
        return self._first_run

    # -- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_case_action = QAction(icon("new-case"), self.tr("&New case"), self)
        self.new_case_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_case_action.triggered.connect(self.new_case)
        self.lock_action = QAction(icon("lock"), self.tr("Loc&k"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.request_lock)
        self.idle_action = QAction(self.tr("Lock a&utomatically after…"), self)
        self.idle_action.triggered.connect(self.choose_idle_minutes)
        self.addAction(self.lock_action)

        self.make_bundle_action = QAction(icon("bundle-export"), self.tr("Make &bundle…"), self)
        self.make_bundle_action.setShortcut(QKeySequence("Ctrl+E"))
        self.make_bundle_action.setToolTip(self.tr(
            "An encrypted file of this case for the other parties (Ctrl+E)"))
        self.make_bundle_action.triggered.connect(self.make_bundle)
        self.read_bundle_action = QAction(icon("bundle-import"), self.tr("&Read bundle…"), self)
        self.read_bundle_action.setShortcut(QKeySequence("Ctrl+I"))
        self.read_bundle_action.setToolTip(self.tr(
            "Read in a bundle another party sent you (Ctrl+I)"))
        self.read_bundle_action.triggered.connect(self.read_bundle)
        self.waiting_bundles_action = QAction(icon("bundle-waiting"), self.tr("&Waiting "
                                                                              "bundles…"), self)
        self.waiting_bundles_action.triggered.connect(self.show_waiting_bundles)
        self.overleg_action = QAction(icon("network"), self.tr("Start a casus-&overleg…"), self)
        self.overleg_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.overleg_action.setToolTip(self.tr(
            "The wall for the people in the room, and the control view here (Ctrl+Shift+O)"))
        self.overleg_action.triggered.connect(self.start_overleg)

        self.toolbar = QToolBar(self.tr("Case tools"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_case_action)
        self.toolbar.addAction(self.read_bundle_action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

        menu = self.menuBar().addMenu(self.tr("&Vault"))
        menu.addAction(icon("new-vault", ACCENT), self.tr("&New vault…"), self.new_vault)
        self.open_vault_action = menu.addAction(icon("open-vault"), self.tr("&Open vault…"),
                                                self.open_vault)
        menu.addAction(icon("demo"), self.tr("Open the &demo"), self.open_demo)
        self.recent_menu = RecentVaultsMenu(self.controller, self)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.medewerker_action = menu.addAction(self.tr("&My details…"), self.edit_medewerker)
        self.partijen_action = menu.addAction(icon("parties"), self.tr("&Parties…"),
                                              self.show_partijen)
        self.partijen_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.kengetallen_action = menu.addAction(icon("chart"), self.tr("&Kengetallen…"),
                                                 self.show_kengetallen)
        self.passphrase_action = menu.addAction(self.tr("Change p&assphrase…"),
                                                self.change_passphrase)
        self.logboek_action = menu.addAction(icon("history"), self.tr("&Log…"), self.show_logboek)
        self.bewaartermijn_action = menu.addAction(self.tr("&Retention term…"),
                                                   self.choose_bewaartermijn)
        menu.addSeparator()
        self.backup_action = menu.addAction(icon("save"), self.tr("Make a &backup…"),
                                            self.make_backup)
        self.restore_action = menu.addAction(self.tr("Res&tore a backup…"), self.restore_backup)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.idle_action)
        self.help_actions = HelpActions(self)  # Help menu, F1, Kluis > Instellingen (Ctrl+,)
        menu.addAction(self.help_actions.settings_action)
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(self.new_case_action)
        case_menu.addAction(self.overleg_action)
        case_menu.addSeparator()
        case_menu.addAction(self.make_bundle_action)
        case_menu.addAction(self.read_bundle_action)
        case_menu.addAction(self.waiting_bundles_action)
        from tafel.ui.shortcuts import install_shortcuts

        self.shortcuts = install_shortcuts(self, case_menu)  # Ctrl+F, P, W, O
        self.zoom = install_zoom(self, self.controller.settings)  # the View menu
        self.help_actions.add_help_menu()  # Help last, as on every desktop
        self._set_unlocked_actions(False)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        self.new_case_action.setEnabled(unlocked)
        for action in (self.make_bundle_action, self.read_bundle_action,
                       self.waiting_bundles_action, self.overleg_action):
            action.setEnabled(unlocked)
        self.medewerker_action.setEnabled(unlocked)
        self.partijen_action.setEnabled(unlocked)
        self.kengetallen_action.setEnabled(unlocked)
        self.passphrase_action.setEnabled(unlocked)
        self.backup_action.setEnabled(unlocked)
        self.logboek_action.setEnabled(unlocked)
        self.bewaartermijn_action.setEnabled(unlocked)
        self.lock_action.setEnabled(unlocked)
        self.toolbar.setVisible(unlocked)

    # -- pages --------------------------------------------------------------------------

    def show_first_run(self) -> None:
        """The welcome page with its three ways in."""
        self.controller.lock()
        self.first_run.recent.show_paths(recent_vaults(self.controller.settings))
        self.pages.setCurrentWidget(self.first_run)
        self.setWindowTitle("tafel")
        self.vault_label.setText(fill(self.tr("tafel %1"), __version__))

    def _show_unlock(self, path: Path) -> None:
        self.unlock_page.prepare(path)
        self.pages.setCurrentWidget(self.unlock_page)
        self.setWindowTitle(f"tafel – {path.name}")
        self.vault_label.setText(fill(self.tr("Locked: %1"), path.name))
        self.unlock_page.ui.passphraseEdit.setFocus()

    def _load_workspace_code(self) -> None:
        """While the key is derived, prepare the workspace a step per event-loop turn."""
        self.controller.background.run_steps(self._prepare_workspace(), _ignore)

    def _prepare_workspace(self) -> Iterator[None]:
        """Load the workspace's modules, build it empty and let the style polish it.

        Done while the key is derived, so the unlock only fills it in: building and
        polishing it after the unlock held the window for more than 100 ms.
        """
        from tafel.ui.background import import_in_steps

        yield from import_in_steps(WORKSPACE_MODULES)
        if self._prepared is not None:
            return  # a second try after a wrong passphrase: still there
        from tafel.ui.workspace import Workspace

        self._prepared = Workspace(self.controller, load=False)
        yield
        self.pages.addWidget(self._prepared)  # behind the unlock page until it is filled
        yield
        self._prepared.ensurePolished()
        yield
        self._prepared.resize(self.pages.size())
        self._prepared.grab()  # a first paint, off screen: the real one then finds warm caches
        freeze_long_lived()  # the modules just loaded

    def _on_unlocked(self) -> None:
        from tafel.ui.workspace import Workspace  # loads the database stack: only now

        workspace, self._prepared = self._prepared, None
        if workspace is None:  # not prepared (a fast unlock, or no unlock page)
            workspace = Workspace(self.controller, load=False)
        if self.pages.indexOf(workspace) < 0:  # the unlock cut the preparation short
            self.pages.addWidget(workspace)
        self.workspace = workspace
        workspace.bundle_read_requested.connect(self.read_bundle)
        workspace.backup_band.backup_requested.connect(self.make_backup)
        workspace.load()
        self.pages.setCurrentWidget(workspace)
        QTimer.singleShot(0, freeze_long_lived)
        self._set_unlocked_actions(True)
        self.idle.start()
        QTimer.singleShot(0, self._offer_kept_forms)
        QTimer.singleShot(0, self._ask_medewerker_once)
        name = self.controller.vault_path.name if self.controller.vault_path else ""
        demo = self.tr(" (demo: invented households)") if self.controller.is_demo() else ""
        self.vault_label.setText(fill(self.tr("Open: %1"), name) + demo)
        self.workspace.case_list.search_edit.setFocus()

    def _on_locked(self) -> None:
        """Delete the workspace and every view of case data; show the unlock page."""
        self.idle.stop()
        self._set_unlocked_actions(False)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible():
                widget.close()  # an open dialog shows case data too
        if self.workspace is not None:
            self.workspace.clear()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self._prepared is not None:  # a lock while unlocking
            self.pages.removeWidget(self._prepared)
            self._prepared.deleteLater()
            self._prepared = None
        if self.controller.vault_path is not None:
            self._show_unlock(self.controller.vault_path)
        if self._restart_on_lock:
            QTimer.singleShot(0, self._restart_if_locked)

    def request_lock(self) -> None:
        """Ctrl+L or the menu: lock at once; ask first only when typed text would be lost.

        That happens only when the disk is full: the savers keep the text and retry, but a
        lock ends the process. The idle lock does not ask (an unattended laptop locks).
        """
        if self._unsaved_text_blocked() and not self._lock_anyway():
            return
        self.controller.lock()

    def _unsaved_text_blocked(self) -> bool:
        workspace = self.workspace
        if workspace is None:
            return False
        pages = (workspace.plan_page, workspace.gesprek)
        savers = [page.saver for page in pages if page is not None]
        if workspace.overleg_page is not None and workspace.overleg_page.editor is not None:
            savers.append(workspace.overleg_page.editor.saver)
        return any(not saver.flush() and saver.is_blocked for saver in savers)

    def _lock_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved yet"), self.tr(
            "What you typed last cannot be saved: the disk is full. If you lock now, it is "
            "lost. Make room first, or lock anyway."), parent=self)
        lock = box.addButton(self.tr("Lock anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Do not lock"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is lock

    def _restart_if_locked(self) -> None:
        """End this process for a fresh one on the unlock page (see ui/restart.py)."""
        if self._closing or self.controller.is_unlocked:
            return  # quitting, or another vault was opened at once
        from tafel.ui.restart import restart

        restart(self.controller.vault_path, bytes(self.saveGeometry().data()))

    def _keep_open_forms(self) -> None:
        keep_open_forms(self.controller)

    def _offer_kept_forms(self) -> None:
        """After an unlock: the forms the lock closed, filled in as they were."""
        if not self.controller.is_unlocked:
            return
        try:
            kept = self.controller.services.forms.take_all().forms
        except TafelError:
            return
        for form in kept:
            if form.soort == NEW_CASE_FORM:
                from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog

                dialog = NieuweCasusDialog(self.controller, self, kept=form.inhoud)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.open()
            elif form.soort == SIGN_FORM and form.casus_id and self.workspace is not None:
                self.workspace.open_plan(form.casus_id)
                if self.workspace.plan_page is not None:
                    self.workspace.plan_page.sign(kept=form.inhoud)

    def bring_forward(self, vault: Path | None = None) -> None:
        """Another start of tafel asked for this window: show it on top."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        wanted = vault.expanduser().resolve() if vault is not None else None
        current = self.controller.vault_path.resolve() if self.controller.vault_path else None
        if wanted is not None and wanted != current:
            if switch_on_second_start(self.controller, wanted):
                return
            self.statusBar().showMessage(self.tr(
                "tafel was started again for another vault. Lock this one first, then open "
                "the other with Vault > Open vault."), 15000)

    # -- commands -----------------------------------------------------------------------

    def new_case(self) -> None:
        """Register a case."""
        from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog

        if self.controller.is_unlocked:
            NieuweCasusDialog.register_case(self.controller, self)

    def new_vault(self) -> None:
        """Create a vault and open it."""
        from tafel.ui.dialogs.new_vault_dialog import NewVaultDialog

        NewVaultDialog.create_vault(self.controller, self)

    def _ask_medewerker_once(self) -> None:
        """A vault without the consulent's name (older vaults): ask once after unlocking.

        Window-modal but not blocking, so "Later" (or a lock) leaves the app as it was.
        """
        from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog

        if not self.controller.is_unlocked or \
                self.controller.services.medewerker.mijn_gegevens() is not None:
            return
        dialog = MedewerkerDialog(self.controller, first_time=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller.locked.connect(dialog.reject)
        self.medewerker_dialog = dialog
        dialog.open()

    def open_vault(self) -> None:
        """Choose an existing vault file."""
        from tafel.ui.file_dialogs import choose_file_to_open

        path = choose_file_to_open(
            self, self.tr("Open vault"), "", self.tr("tafel vault (*.tafel)")
        )
        if path is not None:
            if vault_exists(path):
                self.controller.choose_vault(Path(path))
            else:
                self.statusBar().showMessage(self.tr("That file is not a tafel vault."), 8000)

    def open_demo(self) -> None:
        """Make the demo vault if needed (in the background) and show its unlock page."""
        if self._demo_job is not None and self._demo_job.running:
            return  # already being made
        from tafel.ui.background import BusyDialog

        busy = BusyDialog(self, self.tr("Making the demo vault…"))
        self._demo_job = self.controller.create_demo_in_background(
            demo_vault_path(), self._demo_failed, busy=busy)

    def _demo_failed(self, error: BaseException) -> None:
        from tafel.ui.background import explain

        self._demo_job = None
        message = self.tr("The demo could not be made here.")
        if isinstance(error, TafelError):
            message += " " + explain(error)
        self.statusBar().showMessage(message, 15000)

    def choose_idle_minutes(self) -> None:
        """Set the idle minutes before the automatic lock."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self, self.tr("Automatic lock"),
            self.tr("Lock the vault after this many minutes without use:"),
            self.controller.settings.idle_minutes, IDLE_MINUTES_MIN, IDLE_MINUTES_MAX,
        )
        if ok:
            self.controller.settings.idle_minutes = minutes
            self.idle.set_minutes(minutes)
            if not self.controller.settings.save():
                self.statusBar().showMessage(
                    self.tr("This holds until tafel closes: the setting could not be saved."),
                    8000)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        """Lock on close, so the key leaves memory with the window."""
        self._closing = True
        self.controller.lock()
        super().closeEvent(event)
