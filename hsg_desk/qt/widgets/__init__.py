"""What several views share: widgets, helpers and choices. Nothing here imports a view
(pyproject.toml's import contracts), so a view takes from here instead of from another view."""
