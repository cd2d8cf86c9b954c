"""The engine must run where Qt cannot: importing and using it loads no PySide6."""

import subprocess
import sys


def test_core_and_json_export_do_not_import_qt():
    code = (
        "import sys, kompare.core, kompare.core.ingest, kompare.export.json_export\n"
        "from kompare.core import Document, compare\n"
        "compare(Document('Kim met Putin.'), Document('Putin met Kim.'))\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
