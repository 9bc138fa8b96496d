package by.vestnik.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The text of a content file: strict UTF-8, without a BOM, with '\n' line endings. */
final class ContentText {
    private ContentText() {
    }

    /** The text, or empty when the file cannot be read or is not UTF-8. */
    static Optional<String> read(Path file) {
        try {
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
