"""The release: one place, read by ``medassess.__version__`` and ``medassess --version``."""

__version__ = "0.1.0"
