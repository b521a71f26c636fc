"""HL7 v2.5.1 messages: the writer, the reader and the escaping both share."""
