"""The release workflow (.github/workflows/release.yml) runs only on hosted runners.

What can be checked here is that it is valid YAML (PyYAML is a test dependency) and that it
mirrors the Linux steps that do run here: the same spec, the same smoke test, on ubuntu,
windows and macos, plus Inno Setup and the zipped .app.
"""

from __future__ import annotations

from pathlib import Path

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "release.yml"


def test_the_workflow_builds_and_smoke_tests_on_three_systems() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text  # YAML forbids tabs in indentation
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in text
    assert "pyinstaller --noconfirm --clean packaging/pyinstaller/tafel.spec" in text
    assert "python packaging/scripts/smoke_package.py dist/tafel" in text
    assert 'python -m pip install -e ".[package]"' in text
    assert "packaging\\windows\\tafel.iss" in text and "iscc" in text
    assert "ditto -c -k --keepParent dist/tafel.app" in text


def test_the_workflow_is_valid_yaml() -> None:
    import yaml

    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["package"]
    assert len(job["strategy"]["matrix"]["os"]) == 3
    assert all("run" in step or "uses" in step for step in job["steps"])
