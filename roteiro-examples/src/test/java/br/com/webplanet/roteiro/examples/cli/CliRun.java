package br.com.webplanet.roteiro.examples.cli;

import br.com.webplanet.roteiro.examples.RoteiroCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the launcher in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoteiroCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }
}
