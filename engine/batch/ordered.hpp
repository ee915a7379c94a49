// Ordered parallel map: `jobs` worker threads compute results for indexes 0..n-1 while the
// calling thread consumes them strictly in index order. Workers never run more than `window`
// indexes ahead of the consumer, so at most `window` results wait in memory however long the
// input is (batch's peak memory stays flat with corpus size). Output order never depends on jobs.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace fz::batch {

/// `work(index, worker)` runs on a worker thread (worker in 0..jobs-1) and must not throw;
/// `sink(index, result)` runs on the calling thread, in index order.
template <class R>
void run_ordered(std::size_t n, unsigned jobs, std::size_t window,
                 const std::function<R(std::size_t, unsigned)>& work,
                 const std::function<void(std::size_t, R&&)>& sink) {
  if (jobs == 0) jobs = 1;
  if (window < jobs) window = jobs;
  std::mutex mu;
  std::condition_variable cv_room, cv_ready;
  std::size_t next = 0, consumed = 0;
  std::map<std::size_t, R> ready;
  auto worker = [&](unsigned id) {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lk(mu);
        if (next >= n) return;
        i = next++;
        cv_room.wait(lk, [&] { return i < consumed + window; });
      }
      R r = work(i, id);
      {
        std::lock_guard lk(mu);
        ready.emplace(i, std::move(r));
      }
      cv_ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker, t);
  for (std::size_t i = 0; i < n; ++i) {
    R r;
    {
      std::unique_lock lk(mu);
      cv_ready.wait(lk, [&] { return !ready.empty() && ready.begin()->first == i; });
      r = std::move(ready.begin()->second);
      ready.erase(ready.begin());
    }
    sink(i, std::move(r));
    {
      std::lock_guard lk(mu);
      ++consumed;
    }
    cv_room.notify_all();
  }
  for (auto& t : threads) t.join();
}

}  // namespace fz::batch
