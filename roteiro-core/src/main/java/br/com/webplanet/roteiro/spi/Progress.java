package br.com.webplanet.roteiro.spi;

/** Progress of a long loop, shown as a bar on a terminal or as log lines otherwise. */
public interface Progress {
    /** The number of items this step will go through, when known. */
    void total(long items);

    /** {@code items} more are done. */
    void advance(long items);

    /** A short pt-BR message of what is happening now. */
    void message(String text);

    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void total(long items) {}

        @Override
        public void advance(long items) {}

        @Override
        public void message(String text) {}
    };
}
