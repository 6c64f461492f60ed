/** A binary min-heap ordered by `compare`. */
export class PriorityQueue<T> {
  private readonly heap: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.heap.length;
  }

  push(value: T): void {
    const heap = this.heap;
    heap.push(value);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i] as T, heap[parent] as T) >= 0) break;
      [heap[i], heap[parent]] = [heap[parent] as T, heap[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.compare(heap[left] as T, heap[smallest] as T) < 0)
        smallest = left;
      if (right < heap.length && this.compare(heap[right] as T, heap[smallest] as T) < 0)
        smallest = right;
      if (smallest === i) return top;
      [heap[i], heap[smallest]] = [heap[smallest] as T, heap[i] as T];
      i = smallest;
    }
  }
}
