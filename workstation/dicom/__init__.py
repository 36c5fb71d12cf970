"""DICOM import, catalog and series assembly."""
