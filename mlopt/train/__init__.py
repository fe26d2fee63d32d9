"""Training of the learned methods (being moved next to each method; see ARCHITECTURE.md)."""
