"""The app's pages, one topic per module; every module here is loaded (see ``kabar.serve.registry``)."""
