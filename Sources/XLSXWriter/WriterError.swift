// The safe Swift wrapper over libxlsxwriter lives here.
import CXLSXWriter
