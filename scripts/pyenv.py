"""The one virtual-environment prologue of the Python checks in scripts/.

Each check keeps its pinned packages in its own venv at the repository's root (.venv-NAME/, ignored
by git) and calls `ensure_venv(".venv-NAME", [packages])` first thing: outside the venv, this
creates it when missing, installs the packages once (a marker file named after them records it, so
changing a pin reinstalls), and re-runs the calling script inside the venv with the same arguments;
inside the venv it returns at once.
"""
import os
import subprocess
import sys
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_venv(name, packages, script=None):
    """Re-runs `script` (the caller's __main__ file) inside ROOT/name, creating the venv and
    installing `packages` (pinned requirement strings) when needed."""
    path = os.path.join(ROOT, name)
    python = os.path.join(path, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(path):
        return
    if not os.path.exists(python):
        venv.EnvBuilder(with_pip=True).create(path)
    marker = os.path.join(path, ".installed-" + "-".join(packages))
    if not os.path.exists(marker):
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *packages], check=True)
        open(marker, "w").close()
    script = script or os.path.abspath(sys.modules["__main__"].__file__)
    os.execv(python, [python, script] + sys.argv[1:])
