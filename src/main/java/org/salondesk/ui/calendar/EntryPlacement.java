package org.salondesk.ui.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the cards of one day column go: a card keeps its place in time, and cards that would cover each other on
 * screen sit side by side. "Cover" is about the drawn card, not the booked time: a 15-minute card is drawn at least one
 * line tall, so it sits beside the booking right after it instead of hiding under it. Cards that only touch
 * (10:00–11:00 and 11:00–12:00) keep the full width.
 */
final class EntryPlacement {

    /** A card's vertical extent on screen, [top, bottom). */
    record Card(double top, double bottom) {
    }

    /** A card's column among {@code columns} equal columns. */
    record Slot(int column, int columns) {
    }

    private EntryPlacement() {
    }

    /** The slot of each card, in the order given. */
    static List<Slot> place(List<Card> cards) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            order.add(i);
        }
        // Earlier first; of two starting together, the longer one takes the left column.
        order.sort(Comparator.comparingDouble((Integer i) -> cards.get(i).top())
                .thenComparing(i -> -cards.get(i).bottom()));
        int[] columnOf = new int[cards.size()];
        int[] groupOf = new int[cards.size()];
        List<Integer> columnsOfGroup = new ArrayList<>();
        List<Double> columnBottoms = new ArrayList<>();
        double groupBottom = Double.NEGATIVE_INFINITY;
        for (int index : order) {
            Card card = cards.get(index);
            if (card.top() >= groupBottom) {
                // Nothing drawn so far reaches this card: a new group starts with one column.
                columnBottoms.clear();
                columnsOfGroup.add(0);
            }
            int column = 0;
            while (column < columnBottoms.size() && columnBottoms.get(column) > card.top()) {
                column++;
            }
            if (column == columnBottoms.size()) {
                columnBottoms.add(card.bottom());
            } else {
                columnBottoms.set(column, card.bottom());
            }
            int group = columnsOfGroup.size() - 1;
            columnsOfGroup.set(group, Math.max(columnsOfGroup.get(group), column + 1));
            columnOf[index] = column;
            groupOf[index] = group;
            groupBottom = Math.max(groupBottom, card.bottom());
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            slots.add(new Slot(columnOf[i], columnsOfGroup.get(groupOf[i])));
        }
        return slots;
    }
}
