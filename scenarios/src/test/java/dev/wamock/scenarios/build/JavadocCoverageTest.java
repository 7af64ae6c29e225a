package dev.wamock.scenarios.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every module of the build is published with its Javadoc, so every public or protected type, constructor, method,
 * field and enum constant has a Javadoc comment (a method marked {@code @Override} inherits its own): in the API
 * packages and, as doclint's {@code missing} group counts them, in the {@code internal} ones too. Every package has a
 * {@code package-info.java} that says what it is, the internal ones that they are not API. The sources of all modules
 * of the root pom are parsed (not compiled) with the JDK's compiler API.
 */
class JavadocCoverageTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static List<Path> sourceRoots;

    @BeforeAll
    static void modulesOfTheBuild() throws IOException {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<Path> roots = new ArrayList<>();
        while (m.find()) {
            Path module = ROOT.resolve(m.group(1));
            if (Files.isDirectory(module.resolve("src/main/java"))) { // the BOM and architecture-tests have no main code
                roots.add(module.resolve("src/main/java"));
            }
        }
        sourceRoots = roots;
        assertThat(sourceRoots).as("modules of the root pom").hasSizeGreaterThanOrEqualTo(6).allMatch(Files::isDirectory);
    }

    @Test
    void everyPublicOrProtectedMemberHasAJavadocComment() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                    files.getJavaFileObjectsFromPaths(javaFiles()));
            DocTrees docs = DocTrees.instance(task);
            List<String> missing = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                new Scanner(docs, unit, missing).scan(unit, null);
            }

            assertThat(missing)
                    .as("public or protected members without a Javadoc comment (rule: every public or protected type, "
                            + "constructor, method, field and enum constant has one; fix: add /** … */ above it)")
                    .isEmpty();
        }
    }

    @Test
    void everyPackageSaysWhatItIsAndInternalOnesThatTheyAreNotApi() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).filter(JavadocCoverageTest::hasJavaFiles).toList()) {
                    Path info = dir.resolve("package-info.java");
                    String pkg = root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
                    if (!Files.exists(info)) {
                        problems.add(ROOT.relativize(info) + ": missing; add one with a /** … */ comment on the package");
                    } else if (!Files.readString(info).contains("/**")) {
                        problems.add(ROOT.relativize(info) + ": no Javadoc comment on the package");
                    } else if (isInternal(pkg) && !Files.readString(info).contains("Internal: not API.")) {
                        problems.add(ROOT.relativize(info) + ": an internal package; its comment must say \"Internal: not API.\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    private static boolean hasJavaFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java"))
                        .forEach(all::add);
            }
        }
        return all;
    }

    /** Visits the API members of one file: types and members reachable from outside, not method bodies. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private final List<String> missing;

        Scanner(DocTrees docs, CompilationUnitTree unit, List<String> missing) {
            this.docs = docs;
            this.unit = unit;
            this.missing = missing;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!isApi(getCurrentPath(), type.getModifiers())) {
                return null; // nor anything inside it
            }
            check(type.getKind().name().toLowerCase().replace('_', ' ') + " " + type.getSimpleName());
            return super.visitClass(type, unused);
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            boolean overrides = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
            if (isApi(getCurrentPath(), method.getModifiers()) && !overrides && !isImplicit(method)) {
                String name = method.getName().contentEquals("<init>") ? "constructor " + enclosing().getSimpleName()
                        : "method " + method.getName();
                check(name);
            }
            return null; // not into the body
        }

        @Override
        public Void visitVariable(VariableTree field, Void unused) {
            if (isApi(getCurrentPath(), field.getModifiers())) {
                check((isEnumConstant(field) ? "enum constant " : "field ") + field.getName());
            }
            return null;
        }

        private void check(String what) {
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
                long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, getCurrentPath().getLeaf()));
                missing.add(ROOT.relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + ": " + what);
            }
        }

        private ClassTree enclosing() {
            return (ClassTree) getCurrentPath().getParentPath().getLeaf();
        }

        /** The canonical constructor javac adds to a record, and the default constructor, have no source of their own. */
        private boolean isImplicit(MethodTree method) {
            return docs.getSourcePositions().getStartPosition(unit, method) == docs.getSourcePositions().getStartPosition(unit, enclosing());
        }

        private boolean isEnumConstant(VariableTree field) {
            return docs.getSourcePositions().getStartPosition(unit, field.getModifiers()) < 0
                    || field.getInitializer() != null && field.getInitializer().getKind() == Tree.Kind.NEW_CLASS
                    && enclosing().getKind() == Tree.Kind.ENUM && field.getModifiers().getFlags().isEmpty();
        }

        /** Public or protected, or implicitly public in an interface, and every enclosing type is API too. */
        private static boolean isApi(TreePath path, ModifiersTree modifiers) {
            Set<Modifier> flags = modifiers.getFlags();
            Tree parent = path.getParentPath().getLeaf();
            boolean visible = flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
            if (parent instanceof ClassTree enclosing) {
                Tree.Kind kind = enclosing.getKind();
                boolean implicitlyPublic = (kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE)
                        && !flags.contains(Modifier.PRIVATE);
                boolean enumConstant = kind == Tree.Kind.ENUM && path.getLeaf() instanceof VariableTree v
                        && v.getInitializer() != null && v.getInitializer().getKind() == Tree.Kind.NEW_CLASS && flags.isEmpty();
                return visible || implicitlyPublic || enumConstant;
            }
            return visible; // a top-level type
        }
    }
}
