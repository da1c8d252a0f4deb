"""The desk's configuration read once per change of it, not once per ticket written."""
