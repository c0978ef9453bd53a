package briefs.derive;

import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Women's shares against the Uniformed Gender Parity Strategy's targets, one category at a time
 * (the categories and personnel types the targets name, in the order they list them).
 */
final class ParityShares {
    private ParityShares() {
    }

    static List<ParityFigures> of(List<ParityTarget> parityTargets, List<TypeFigures> byType, int year,
                                  boolean genderReported) {
        Map<String, List<ParityTarget>> byCategory = new LinkedHashMap<>();
        for (ParityTarget t : parityTargets) {
            byCategory.computeIfAbsent(t.category(), k -> new ArrayList<>()).add(t);
        }
        List<ParityFigures> result = new ArrayList<>();
        byCategory.forEach((category, targets) -> {
            targets.sort(Comparator.comparingInt(ParityTarget::year));
            ParityTarget end = targets.get(targets.size() - 1);
            // The target set for the year; else the next one the strategy sets; else its last.
            ParityTarget applies = targets.stream().filter(t -> t.year() >= year).findFirst().orElse(end);
            List<PersonnelType> types = end.appliesTo();
            int total = 0;
            int women = 0;
            for (TypeFigures f : byType) {
                if (types.contains(f.type())) {
                    total += f.total();
                    women += genderReported ? f.women() : 0;
                }
            }
            Double share = genderReported ? SetFigures.share(women, total) : null;
            Boolean met = share == null || total < ParityFigures.SMALL_GROUP ? null : share >= applies.share() - 1e-12;
            // Women needed among the same number of personnel: the smallest n with (women + n) / total >= target.
            Integer needed = Boolean.FALSE.equals(met)
                    ? Integer.valueOf((int) Math.ceil(applies.share() * total - 1e-9) - women) : null;
            result.add(new ParityFigures(category, types, applies.year(), applies.share(), end.year(), end.share(),
                    total, genderReported ? women : null, share, met, needed));
        });
        return result;
    }
}
