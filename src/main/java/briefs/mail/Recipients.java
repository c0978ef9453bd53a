package briefs.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Who receives one country's message. Addresses are RFC 5322 addresses as a user writes them
 * ({@code desk@example.org} or {@code "Doe, Jane" <jane@example.org>}), already checked by
 * {@link RecipientsFile}.
 */
public record Recipients(List<String> to, List<String> cc, List<String> bcc) {
    /** Drafts written without a recipients file: the user fills in the addresses. */
    public static final Recipients NONE = new Recipients(List.of(), List.of(), List.of());

    public Recipients {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** Every address, To then Cc then Bcc. */
    public List<String> all() {
        List<String> all = new ArrayList<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return all;
    }

    public boolean isEmpty() {
        return to.isEmpty() && cc.isEmpty() && bcc.isEmpty();
    }
}
