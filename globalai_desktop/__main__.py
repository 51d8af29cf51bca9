"""``python -m globalai_desktop`` starts the app."""

from globalai_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
