package io.forgeline.quality.sampling;

import java.util.EnumMap;
import java.util.Map;

/** One printed table read into cells, with the arrows' rule for finding the plan a cell means. */
final class Table {

    /** A cell: a plan (Ac, Re), an arrow down or up, or blank. */
    record Cell(char kind, int acceptance, int rejection) {

        static final char PLAN = 'p';
        static final char DOWN = 'v';
        static final char UP = '^';
        static final char BLANK = '-';

        static Cell read(String printed) {
            return switch (printed) {
                case "v" -> new Cell(DOWN, -1, -1);
                case "^" -> new Cell(UP, -1, -1);
                case "-" -> new Cell(BLANK, -1, -1);
                default -> {
                    String[] numbers = printed.split("/");
                    yield new Cell(PLAN, Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]));
                }
            };
        }

        boolean isPlan() {
            return kind == PLAN;
        }
    }

    private static final Map<Scheme, Map<Severity, Table>> TABLES = new EnumMap<>(Scheme.class);

    static {
        Table normal = new Table(SamplingTables.NORMAL, SamplingTables.SAMPLE_SIZES);
        Table tightened = new Table(SamplingTables.TIGHTENED, SamplingTables.SAMPLE_SIZES);
        TABLES.put(Scheme.ISO_2859_1, new EnumMap<>(Map.of(Severity.NORMAL, normal, Severity.TIGHTENED, tightened,
                Severity.REDUCED, new Table(SamplingTables.REDUCED_ISO, SamplingTables.REDUCED_SAMPLE_SIZES))));
        TABLES.put(Scheme.Z1_4, new EnumMap<>(Map.of(Severity.NORMAL, normal, Severity.TIGHTENED, tightened,
                Severity.REDUCED, new Table(SamplingTables.REDUCED_Z14, SamplingTables.REDUCED_SAMPLE_SIZES))));
    }

    private final Cell[][] cells;
    private final int[] sampleSizes;

    private Table(String[] rows, int[] sampleSizes) {
        this.cells = new Cell[rows.length][];
        for (int row = 0; row < rows.length; row++) {
            String[] printed = rows[row].split(" ");
            if (printed.length != Aql.columns()) {
                throw new IllegalStateException("row " + CodeLetters.at(row) + " has " + printed.length + " cells");
            }
            cells[row] = new Cell[printed.length];
            for (int column = 0; column < printed.length; column++) {
                cells[row][column] = Cell.read(printed[column]);
            }
        }
        this.sampleSizes = sampleSizes;
    }

    static Table of(Scheme scheme, Severity severity) {
        return TABLES.get(scheme).get(severity);
    }

    Cell cell(int row, int column) {
        return cells[row][column];
    }

    int sampleSize(int row) {
        return sampleSizes[row];
    }

    /** The row of the plan a cell leads to: arrows are followed down or up the AQL's column until a plan. */
    int resolve(int row, int column) {
        int at = row;
        while (!cells[at][column].isPlan()) {
            Cell cell = cells[at][column];
            if (cell.kind() == Cell.BLANK) {
                throw new IllegalStateException("an arrow of column " + column + " ends on a blank cell at " + CodeLetters.at(at));
            }
            at += cell.kind() == Cell.DOWN ? 1 : -1;
        }
        return at;
    }
}
