"""Widgets of the Video tab: player, queue panel, history, asset manager, form panel.

Everything here is Qt UI; it talks to services (TaskService, AssetRegistry, Notifier)
and never imports httpx.
"""
