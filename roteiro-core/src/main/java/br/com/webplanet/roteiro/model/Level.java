package br.com.webplanet.roteiro.model;

/** The five-step scale shared by {@link Urgency} and {@link Impact} (1 = very low … 5 = very high). */
interface Level {
    int level();
}
