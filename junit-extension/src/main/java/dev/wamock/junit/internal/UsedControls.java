package dev.wamock.junit.internal;

import dev.wamock.junit.WamockHandle;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.WamockControl;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The wamock servers a test talked to: the extension's own, and every other {@link WamockControl} the
 * test class holds in a field (a {@code @Container WamockContainer}, a {@code WamockClient}), static or
 * of the test's instances. Their journals are what a failure report shows and what is checked for
 * wamock's own failures.
 */
final class UsedControls {
    private UsedControls() {
    }

    /** The extension's server (if it ran) first, then the controls in fields, each once. */
    static List<WamockControl> of(ExtensionContext context, WamockControl own) {
        Set<WamockControl> found = new LinkedHashSet<>();
        if (own != null) {
            found.add(own);
        }
        List<Object> instances = context.getTestInstances().map(i -> i.getAllInstances()).orElse(List.of());
        RunCache cache = RunCache.of(context);
        context.getTestClass().ifPresent(type -> collect(cache, type, null, found));
        instances.forEach(i -> collect(cache, i.getClass(), i, found));
        return new ArrayList<>(found);
    }

    /** The control's journal, or null when the server cannot be asked (a stopped container cannot). */
    static Journal journalOf(WamockControl control) {
        try {
            return control.journal();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The fields of {@code type} that may hold a control, static or of an instance. */
    private record ControlFields(Class<?> type, boolean statics) {
    }

    private static void collect(RunCache cache, Class<?> type, Object instance, Set<WamockControl> found) {
        boolean statics = instance == null;
        List<Field> fields = cache.get(new ControlFields(type, statics), () -> ReflectionSupport.findFields(type,
                f -> WamockControl.class.isAssignableFrom(f.getType()) && ModifierSupport.isStatic(f) == statics,
                HierarchyTraversalMode.TOP_DOWN));
        for (Field f : fields) {
            try {
                f.setAccessible(true);
                Object value = f.get(instance);
                if (value instanceof WamockControl control && !(value instanceof WamockHandle)) {
                    found.add(control);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a field the extension cannot read is not one it can report on
            }
        }
    }
}
