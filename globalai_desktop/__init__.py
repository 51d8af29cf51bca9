"""GlobalAI Desktop: a native client for the GlobalAI OPC generative-AI gateway."""

__version__ = "0.1.0"
APP_NAME = "GlobalAI Desktop"
APP_ID = "globalai-desktop"
ORG_NAME = "GlobalAI"
ORG_DOMAIN = "globalaiopc.com"
