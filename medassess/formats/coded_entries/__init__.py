"""The coded entries a record files back into the GP system."""
