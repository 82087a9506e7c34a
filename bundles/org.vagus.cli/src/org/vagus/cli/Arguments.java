package org.vagus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal GNU-style option parsing shared by commands: {@code --name value}, {@code --name=value} and
 * boolean flags; everything else is positional. Unknown options are a {@link UsageException}.
 *
 * @since 0.1.0
 */
public final class Arguments {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param args the command's arguments
     * @param valued options that take a value, without the leading dashes
     * @param flags options without a value, without the leading dashes
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                a.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                a.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                a.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                a.options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return a;
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An integer option, checked against a lower bound, with the option named in the error. */
    public int intOption(String name, int fallback, int min) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw new UsageException("--" + name + " must be at least " + min + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " expects an integer, got '" + v + "'");
        }
    }
}
