package io.atelier.scheduling.improve;

/** The operations ready to be placed, a binary heap ordered by key, then by index. */
final class ReadyQueue {

	private final int[] heap;

	private int size;

	private long[] key;

	ReadyQueue(int capacity) {
		heap = new int[capacity];
	}

	/** Empties the queue and orders it from now on by these keys, indexed by operation. */
	void clear(long[] keys) {
		key = keys;
		size = 0;
	}

	boolean isEmpty() {
		return size == 0;
	}

	private boolean before(int a, int b) {
		return key[a] < key[b] || (key[a] == key[b] && a < b);
	}

	void push(int op) {
		int k = size++;
		while (k > 0) {
			int parent = (k - 1) >>> 1;
			if (!before(op, heap[parent])) {
				break;
			}
			heap[k] = heap[parent];
			k = parent;
		}
		heap[k] = op;
	}

	int pop() {
		int top = heap[0];
		int last = heap[--size];
		int k = 0;
		while (true) {
			int child = 2 * k + 1;
			if (child >= size) {
				break;
			}
			if (child + 1 < size && before(heap[child + 1], heap[child])) {
				child++;
			}
			if (!before(heap[child], last)) {
				break;
			}
			heap[k] = heap[child];
			k = child;
		}
		heap[k] = last;
		return top;
	}
}
