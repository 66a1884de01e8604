package dev.opentill.central.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * An insert that jOOQ renders once, from the generated schema, and that the hot path then binds
 * row by row straight through JDBC. jOOQ's own batch binding wraps every value in a bind
 * parameter object with its data type; at ingest rates (some 12 rows a sale, thousands of sales a
 * second) that was the largest single cost in the centre's profile. The SQL still comes only from
 * jOOQ; this class only skips the per-value wrapping.
 */
public final class BoundInsert {
    private final String sql;
    private final int[] sqlTypes;

    private BoundInsert(String sql, int[] sqlTypes) {
        this.sql = sql;
        this.sqlTypes = sqlTypes;
    }

    /** The insert of {@code fields} into {@code table}, rendered for {@code dsl}'s dialect. */
    public static BoundInsert of(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        Field<?>[] values = fields.stream().map(f -> DSL.val(null, f)).toArray(Field<?>[]::new);
        String sql = dsl.render(dsl.insertInto(table).columns(fields).values(values));
        int[] types = fields.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
        return new BoundInsert(sql, types);
    }

    /** Rows for one execution on {@code connection} (a transaction's connection). */
    public Rows on(Connection connection) {
        try {
            return new Rows(connection.prepareStatement(sql));
        } catch (SQLException e) {
            throw new DataAccessException("Cannot prepare " + sql, e);
        }
    }

    /** A JDBC batch of rows of this insert. Close it after {@link #execute()}, or to discard it. */
    public final class Rows implements AutoCloseable {
        private final PreparedStatement statement;
        private int count;

        private Rows(PreparedStatement statement) {
            this.statement = statement;
        }

        /** Adds one row; values in the order of the insert's fields. */
        public Rows add(Object... values) {
            if (values.length != sqlTypes.length) {
                throw new IllegalArgumentException("expected " + sqlTypes.length + " values, got " + values.length);
            }
            try {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        statement.setNull(i + 1, sqlTypes[i]);
                    } else {
                        statement.setObject(i + 1, values[i]);
                    }
                }
                statement.addBatch();
                count++;
                return this;
            } catch (SQLException e) {
                throw new DataAccessException("Cannot bind a row of " + sql, e);
            }
        }

        public int count() {
            return count;
        }

        /** Sends the rows (nothing when there are none). */
        public void execute() {
            if (count == 0) {
                return;
            }
            try {
                statement.executeBatch();
            } catch (SQLException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() {
            try {
                statement.close();
            } catch (SQLException e) {
                throw new DataAccessException("Cannot close " + sql, e);
            }
        }

        private DataAccessException translate(SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            String state = cause.getSQLState();
            // Class 23 is an integrity constraint violation in every SQL dialect we run on.
            if (state != null && state.startsWith("23")) {
                return new IntegrityConstraintViolationException(cause.getMessage(), cause);
            }
            return new DataAccessException("Insert failed: " + cause.getMessage(), cause);
        }
    }
}
