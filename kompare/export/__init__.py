"""Writers that turn a Comparison into files (JSON here; PDF/HTML in kompare.report)."""
