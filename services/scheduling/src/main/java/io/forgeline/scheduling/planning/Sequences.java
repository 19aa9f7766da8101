package io.forgeline.scheduling.planning;

/** Which operations each machine runs, in order: the solver's working state (machine index → operation indexes). */
final class Sequences {
    final int[][] seq;
    final int[] len;

    Sequences(Shop shop) {
        int[] capacity = new int[shop.m];
        for (int o = 0; o < shop.n; o++) {
            for (int k : shop.eligible[o]) capacity[k]++;
            if (shop.pinnedMachine[o] >= 0) capacity[shop.pinnedMachine[o]]++;
        }
        seq = new int[shop.m][];
        for (int k = 0; k < shop.m; k++) seq[k] = new int[capacity[k]];
        len = new int[shop.m];
    }

    private Sequences(int[][] seq, int[] len) {
        this.seq = seq;
        this.len = len;
    }

    Sequences copy() {
        int[][] s = new int[seq.length][];
        for (int k = 0; k < seq.length; k++) s[k] = seq[k].clone();
        return new Sequences(s, len.clone());
    }

    void copyFrom(Sequences other) {
        for (int k = 0; k < seq.length; k++) System.arraycopy(other.seq[k], 0, seq[k], 0, other.len[k]);
        System.arraycopy(other.len, 0, len, 0, len.length);
    }

    void append(int k, int op) {
        seq[k][len[k]++] = op;
    }

    void swap(int k, int i) {
        int t = seq[k][i];
        seq[k][i] = seq[k][i + 1];
        seq[k][i + 1] = t;
    }

    void remove(int k, int i) {
        System.arraycopy(seq[k], i + 1, seq[k], i, len[k] - i - 1);
        len[k]--;
    }

    void insert(int k, int i, int op) {
        System.arraycopy(seq[k], i, seq[k], i + 1, len[k] - i);
        seq[k][i] = op;
        len[k]++;
    }
}
