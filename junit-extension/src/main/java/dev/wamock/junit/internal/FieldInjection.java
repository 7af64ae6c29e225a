package dev.wamock.junit.internal;

import dev.wamock.junit.WamockHandle;
import dev.wamock.junit.WamockInstance;
import dev.wamock.scenarios.WamockControl;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;

/** Sets {@link WamockInstance} fields, declared on the class or its superclasses, like JUnit's {@code @TempDir}. */
final class FieldInjection {
    private static final List<Class<?>> ALLOWED = List.of(WamockHandle.class, WamockControl.class);

    private FieldInjection() {
    }

    /** Fails on a field that cannot hold a handle: wrong type, or final. */
    static void check(Class<?> testClass) {
        fields(testClass, true);
        fields(testClass, false);
    }

    static boolean hasStaticFields(Class<?> testClass) {
        return !fields(testClass, true).isEmpty();
    }

    static void injectStatic(Class<?> testClass, WamockHandle handle) {
        fields(testClass, true).forEach(f -> set(f, null, handle));
    }

    /** Sets the instance fields of {@code instance}, found once per run for its class. */
    static void injectInstance(RunCache cache, Object instance, WamockHandle handle) {
        Class<?> type = instance.getClass();
        cache.get(new InstanceFields(type), () -> fields(type, false)).forEach(f -> set(f, instance, handle));
    }

    private record InstanceFields(Class<?> type) {
    }

    private static List<Field> fields(Class<?> type, boolean statics) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(type, WamockInstance.class,
                f -> ModifierSupport.isStatic(f) == statics, HierarchyTraversalMode.TOP_DOWN);
        fields.forEach(FieldInjection::checkField);
        return fields;
    }

    private static void checkField(Field field) {
        String where = "@WamockInstance field '" + field.getName() + "' in " + field.getDeclaringClass().getName();
        if (!ALLOWED.contains(field.getType())) {
            throw new ExtensionConfigurationException(where + " has type " + field.getType().getName()
                    + "; declare it as WamockHandle or WamockControl");
        }
        if (ModifierSupport.isFinal(field)) {
            throw new ExtensionConfigurationException(where + " is final; remove 'final' so the extension can set it");
        }
    }

    private static void set(Field field, Object target, WamockHandle handle) {
        try {
            field.setAccessible(true);
            field.set(target, handle);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExtensionConfigurationException("cannot set @WamockInstance field '" + field.getName()
                    + "' in " + field.getDeclaringClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
