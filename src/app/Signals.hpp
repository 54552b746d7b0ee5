#pragma once
// InterruptGuard: while alive, SIGINT and SIGTERM set a flag instead of killing the process, so long work (an
// ensemble) can stop cleanly and leave no partial output. The previous handlers come back on destruction.
#include <atomic>
#include <csignal>

namespace salvo::app {

class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

    const std::atomic<bool>* flag() const;
    bool interrupted() const;

private:
    struct sigaction m_oldInt {}, m_oldTerm {};
};

} // namespace salvo::app
