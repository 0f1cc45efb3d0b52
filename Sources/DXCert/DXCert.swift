// The certification domain.
import OOXMLReader
