package org.onedoor.admin.timelimits.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;

/** The default rules as the V3 migration inserts them into every center's table, read from the SQL itself. */
final class ShippedDefaults {

    static final String MIGRATION = "/db/tenant/admin/V3__time_limit_rules.sql";

    private static final Pattern ROW =
            Pattern.compile("\\(gen_random_uuid\\(\\),\\s*'DEFAULT',\\s*'(\\w+)',\\s*'([^']+)',\\s*'([^']+)',"
                    + "\\s*'([^']+)',\\s*(\\d+),\\s*'(\\w+)',\\s*(\\d+),\\s*(\\d+),\\s*timestamptz '([^']+)'");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx");

    private ShippedDefaults() {}

    static List<Rule> rules() {
        Matcher row = ROW.matcher(text());
        List<Rule> rules = new ArrayList<>();
        while (row.find()) {
            rules.add(Rule.inForce(
                    new RuleKey(
                            Milestone.valueOf(row.group(1)),
                            row.group(2),
                            RuleKey.ANY.equals(row.group(3)) ? null : Grade.valueOf(row.group(3)),
                            RuleKey.ANY.equals(row.group(4)) ? null : Channel.valueOf(row.group(4))),
                    Limit.of(
                            Integer.parseInt(row.group(5)),
                            LimitUnit.valueOf(row.group(6)),
                            Integer.parseInt(row.group(7)),
                            Integer.parseInt(row.group(8))),
                    OffsetDateTime.parse(row.group(9), TIMESTAMP).toInstant()));
        }
        return rules;
    }

    private static String text() {
        try (InputStream in = ShippedDefaults.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
