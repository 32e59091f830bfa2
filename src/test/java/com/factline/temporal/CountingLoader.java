package com.factline.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * Loads the temporal package's production classes anew, each call they make of a {@code String} method or of
 * {@code Pattern.matcher}/{@code split} sent to the counting twin in {@link TextReads} (same name, the receiver
 * first). Calls of {@code String} methods without a twin are listed in {@link #uncounted()}, so that a test can
 * insist that every read of a string is counted. Other classes (the JDK, test classes) come from the parent.
 */
final class CountingLoader extends ClassLoader {

    private static final String PACKAGE = TemporalResolver.class.getPackageName() + ".";
    private static final String TWINS = Type.getInternalName(TextReads.class);
    /** Calls that read nothing of the string's characters. */
    private static final Set<String> FREE = Set.of("length", "isEmpty");

    private final String mainClasses;
    private final Set<String> twins = new HashSet<>();
    private final Set<String> uncounted = new TreeSet<>();

    CountingLoader() {
        super(CountingLoader.class.getClassLoader());
        this.mainClasses = location(TemporalResolver.class.getName());
        for (Method m : TextReads.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                twins.add(m.getName() + Type.getMethodDescriptor(m));
            }
        }
    }

    /** The {@code String} methods the reloaded classes call that no twin counts ("name descriptor"). */
    Set<String> uncounted() {
        return uncounted;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && name.startsWith(PACKAGE) && name.indexOf('.', PACKAGE.length()) < 0
                    && mainClasses.equals(location(name))) {
                c = rewrite(name);
            }
            if (c == null) {
                return super.loadClass(name, resolve);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private String location(String className) {
        URL u = getParent().getResource(className.replace('.', '/') + ".class");
        if (u == null) {
            return "";
        }
        String s = u.toString();
        return s.substring(0, s.length() - className.length() - ".class".length());
    }

    private Class<?> rewrite(String name) {
        byte[] original;
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            original = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassReader reader = new ClassReader(original);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String desc, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, method, desc, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDesc,
                            boolean itf) {
                        if (opcode == Opcodes.INVOKEVIRTUAL && (owner.equals("java/lang/String")
                                || owner.equals("java/util/regex/Pattern"))) {
                            String twinDesc = "(L" + owner + ";" + calledDesc.substring(1);
                            if (twins.contains(called + twinDesc)) {
                                super.visitMethodInsn(Opcodes.INVOKESTATIC, TWINS, called, twinDesc, false);
                                return;
                            }
                            if (owner.equals("java/lang/String") && !FREE.contains(called)) {
                                uncounted.add(called + " " + calledDesc);
                            }
                        }
                        super.visitMethodInsn(opcode, owner, called, calledDesc, itf);
                    }
                };
            }
        }, 0);
        byte[] b = writer.toByteArray();
        return defineClass(name, b, 0, b.length);
    }
}
