"""Plain data types shared by every layer.  Never imports PySide6 or httpx."""
